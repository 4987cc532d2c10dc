"""Query strings (the part of a URL after '?')."""

from urllib.parse import quote_plus


def build_query(params: dict[str, str]) -> str:
    """Encode `params` as key=value pairs joined by '&'."""
    return "&".join(f"{quote_plus(k)}={quote_plus(v)}" for k, v in params.items())


def parse_query(query: str) -> dict[str, str]:
    """The parameters of a query string; later keys win."""
    params: dict[str, str] = {}
    for field in query.lstrip("?").split("&"):
        if not field:
            continue
        key, _, value = field.partition("=")
        params[key] = value
    return params
