"""Converting lengths through metres."""


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """`value` in `from_unit`, expressed in `to_unit`."""
    if from_unit == "mm":
        meters = value / 1000
    elif from_unit == "cm":
        meters = value / 100
    elif from_unit == "m":
        meters = value
    elif from_unit == "km":
        meters = value * 1000
    elif from_unit == "in":
        meters = value * 0.0254
    elif from_unit == "ft":
        meters = value * 0.3048
    else:
        raise ValueError(f"unknown unit {from_unit!r}")
    if to_unit == "mm":
        return meters * 1000
    elif to_unit == "cm":
        return meters * 100
    elif to_unit == "m":
        return meters
    elif to_unit == "km":
        return meters / 1000
    elif to_unit == "in":
        return meters / 0.0254
    elif to_unit == "ft":
        return meters / 0.3048
    raise ValueError(f"unknown unit {to_unit!r}")
