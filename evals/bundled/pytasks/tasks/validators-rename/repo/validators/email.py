"""E-mail address validation (deliberately simple)."""

import re

_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def chk_email(address: str) -> bool:
    """True when `address` looks like an e-mail address."""
    return bool(_EMAIL.match(address))
