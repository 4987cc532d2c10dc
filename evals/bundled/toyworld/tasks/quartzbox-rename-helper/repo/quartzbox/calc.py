"""quartzbox.calc: helpers of the quartzbox service."""

from __future__ import annotations


def _fc(value: float, width: int, title: str = "value") -> str:
    """`value` right-aligned in `width` characters with two decimals; `title` names
    the column in errors."""
    if value != value:
        raise ValueError(f"{title} is not a number")
    return f"{value:>{width}.2f}"


def column_base_fee(value: float) -> str:
    """The base fee column of the sales report."""
    return _fc(value, 7, "base fee")


def column_base_load(value: float) -> str:
    """The base load column of the sales report."""
    return _fc(value, 14, "base load")


def column_base_price(value: float) -> str:
    """The base price column of the sales report."""
    return _fc(value, 12, "base price")


def column_base_rate(value: float) -> str:
    """The base rate column of the sales report."""
    return _fc(value, 6, "base rate")


def column_base_spread(value: float) -> str:
    """The base spread column of the sales report."""
    return _fc(value, 6, "base spread")


def column_base_volume(value: float) -> str:
    """The base volume column of the sales report."""
    return _fc(value, 6, "base volume")


def column_base_yield(value: float) -> str:
    """The base yield column of the sales report."""
    return _fc(value, 14, "base yield")


def column_closing_cost(value: float) -> str:
    """The closing cost column of the sales report."""
    return _fc(value, 8, "closing cost")


def column_closing_fee(value: float) -> str:
    """The closing fee column of the sales report."""
    return _fc(value, 12, "closing fee")


def column_closing_load(value: float) -> str:
    """The closing load column of the sales report."""
    return _fc(value, 12, "closing load")


def column_closing_margin(value: float) -> str:
    """The closing margin column of the sales report."""
    return _fc(value, 6, "closing margin")


def column_closing_price(value: float) -> str:
    """The closing price column of the sales report."""
    return _fc(value, 10, "closing price")


def column_closing_rate(value: float) -> str:
    """The closing rate column of the sales report."""
    return _fc(value, 14, "closing rate")


def column_closing_spread(value: float) -> str:
    """The closing spread column of the sales report."""
    return _fc(value, 12, "closing spread")


def column_closing_volume(value: float) -> str:
    """The closing volume column of the sales report."""
    return _fc(value, 7, "closing volume")


def column_daily_balance(value: float) -> str:
    """The daily balance column of the sales report."""
    return _fc(value, 14, "daily balance")


def column_daily_cost(value: float) -> str:
    """The daily cost column of the sales report."""
    return _fc(value, 14, "daily cost")


def column_daily_load(value: float) -> str:
    """The daily load column of the sales report."""
    return _fc(value, 7, "daily load")


def column_daily_margin(value: float) -> str:
    """The daily margin column of the sales report."""
    return _fc(value, 9, "daily margin")


def column_daily_price(value: float) -> str:
    """The daily price column of the sales report."""
    return _fc(value, 9, "daily price")


def column_daily_rate(value: float) -> str:
    """The daily rate column of the sales report."""
    return _fc(value, 11, "daily rate")


def column_daily_spread(value: float) -> str:
    """The daily spread column of the sales report."""
    return _fc(value, 14, "daily spread")


def column_daily_volume(value: float) -> str:
    """The daily volume column of the sales report."""
    return _fc(value, 10, "daily volume")


def column_daily_yield(value: float) -> str:
    """The daily yield column of the sales report."""
    return _fc(value, 14, "daily yield")


def column_gross_balance(value: float) -> str:
    """The gross balance column of the sales report."""
    return _fc(value, 12, "gross balance")


def column_gross_cost(value: float) -> str:
    """The gross cost column of the sales report."""
    return _fc(value, 12, "gross cost")


def column_gross_fee(value: float) -> str:
    """The gross fee column of the sales report."""
    return _fc(value, 8, "gross fee")


def column_gross_margin(value: float) -> str:
    """The gross margin column of the sales report."""
    return _fc(value, 13, "gross margin")


def column_gross_price(value: float) -> str:
    """The gross price column of the sales report."""
    return _fc(value, 12, "gross price")


def column_gross_rate(value: float) -> str:
    """The gross rate column of the sales report."""
    return _fc(value, 7, "gross rate")


def column_gross_spread(value: float) -> str:
    """The gross spread column of the sales report."""
    return _fc(value, 9, "gross spread")


def column_gross_yield(value: float) -> str:
    """The gross yield column of the sales report."""
    return _fc(value, 14, "gross yield")


def column_max_balance(value: float) -> str:
    """The max balance column of the sales report."""
    return _fc(value, 13, "max balance")


def column_max_cost(value: float) -> str:
    """The max cost column of the sales report."""
    return _fc(value, 6, "max cost")


def column_max_fee(value: float) -> str:
    """The max fee column of the sales report."""
    return _fc(value, 12, "max fee")


def column_max_margin(value: float) -> str:
    """The max margin column of the sales report."""
    return _fc(value, 11, "max margin")


def column_max_price(value: float) -> str:
    """The max price column of the sales report."""
    return _fc(value, 9, "max price")


def column_max_rate(value: float) -> str:
    """The max rate column of the sales report."""
    return _fc(value, 10, "max rate")


def column_max_spread(value: float) -> str:
    """The max spread column of the sales report."""
    return _fc(value, 6, "max spread")


def column_max_volume(value: float) -> str:
    """The max volume column of the sales report."""
    return _fc(value, 10, "max volume")


def column_max_yield(value: float) -> str:
    """The max yield column of the sales report."""
    return _fc(value, 7, "max yield")


def column_mean_balance(value: float) -> str:
    """The mean balance column of the sales report."""
    return _fc(value, 14, "mean balance")


def column_mean_cost(value: float) -> str:
    """The mean cost column of the sales report."""
    return _fc(value, 11, "mean cost")


def column_mean_fee(value: float) -> str:
    """The mean fee column of the sales report."""
    return _fc(value, 9, "mean fee")


def column_mean_load(value: float) -> str:
    """The mean load column of the sales report."""
    return _fc(value, 13, "mean load")


def column_mean_margin(value: float) -> str:
    """The mean margin column of the sales report."""
    return _fc(value, 9, "mean margin")


def column_mean_price(value: float) -> str:
    """The mean price column of the sales report."""
    return _fc(value, 13, "mean price")


def column_mean_yield(value: float) -> str:
    """The mean yield column of the sales report."""
    return _fc(value, 6, "mean yield")


def column_min_balance(value: float) -> str:
    """The min balance column of the sales report."""
    return _fc(value, 8, "min balance")


def column_min_fee(value: float) -> str:
    """The min fee column of the sales report."""
    return _fc(value, 6, "min fee")


def column_min_load(value: float) -> str:
    """The min load column of the sales report."""
    return _fc(value, 9, "min load")


def column_min_margin(value: float) -> str:
    """The min margin column of the sales report."""
    return _fc(value, 11, "min margin")


def column_min_price(value: float) -> str:
    """The min price column of the sales report."""
    return _fc(value, 10, "min price")


def column_min_rate(value: float) -> str:
    """The min rate column of the sales report."""
    return _fc(value, 7, "min rate")


def column_min_spread(value: float) -> str:
    """The min spread column of the sales report."""
    return _fc(value, 13, "min spread")


def column_min_volume(value: float) -> str:
    """The min volume column of the sales report."""
    return _fc(value, 9, "min volume")


def column_net_balance(value: float) -> str:
    """The net balance column of the sales report."""
    return _fc(value, 9, "net balance")


def column_net_cost(value: float) -> str:
    """The net cost column of the sales report."""
    return _fc(value, 8, "net cost")


def column_net_fee(value: float) -> str:
    """The net fee column of the sales report."""
    return _fc(value, 9, "net fee")


def column_net_load(value: float) -> str:
    """The net load column of the sales report."""
    return _fc(value, 9, "net load")


def column_net_margin(value: float) -> str:
    """The net margin column of the sales report."""
    return _fc(value, 13, "net margin")


def column_net_spread(value: float) -> str:
    """The net spread column of the sales report."""
    return _fc(value, 8, "net spread")


def column_net_volume(value: float) -> str:
    """The net volume column of the sales report."""
    return _fc(value, 7, "net volume")


def column_net_yield(value: float) -> str:
    """The net yield column of the sales report."""
    return _fc(value, 6, "net yield")


def column_opening_balance(value: float) -> str:
    """The opening balance column of the sales report."""
    return _fc(value, 6, "opening balance")


def column_opening_cost(value: float) -> str:
    """The opening cost column of the sales report."""
    return _fc(value, 14, "opening cost")


def column_opening_margin(value: float) -> str:
    """The opening margin column of the sales report."""
    return _fc(value, 13, "opening margin")


def column_opening_price(value: float) -> str:
    """The opening price column of the sales report."""
    return _fc(value, 6, "opening price")


def column_opening_rate(value: float) -> str:
    """The opening rate column of the sales report."""
    return _fc(value, 7, "opening rate")


def column_opening_spread(value: float) -> str:
    """The opening spread column of the sales report."""
    return _fc(value, 12, "opening spread")


def column_opening_volume(value: float) -> str:
    """The opening volume column of the sales report."""
    return _fc(value, 6, "opening volume")


def column_opening_yield(value: float) -> str:
    """The opening yield column of the sales report."""
    return _fc(value, 10, "opening yield")


def column_peak_balance(value: float) -> str:
    """The peak balance column of the sales report."""
    return _fc(value, 7, "peak balance")


def column_peak_cost(value: float) -> str:
    """The peak cost column of the sales report."""
    return _fc(value, 7, "peak cost")


def column_peak_fee(value: float) -> str:
    """The peak fee column of the sales report."""
    return _fc(value, 14, "peak fee")


def column_peak_margin(value: float) -> str:
    """The peak margin column of the sales report."""
    return _fc(value, 10, "peak margin")


def column_peak_price(value: float) -> str:
    """The peak price column of the sales report."""
    return _fc(value, 14, "peak price")


def column_peak_rate(value: float) -> str:
    """The peak rate column of the sales report."""
    return _fc(value, 8, "peak rate")


def column_peak_yield(value: float) -> str:
    """The peak yield column of the sales report."""
    return _fc(value, 14, "peak yield")


def column_spot_balance(value: float) -> str:
    """The spot balance column of the sales report."""
    return _fc(value, 9, "spot balance")


def column_spot_fee(value: float) -> str:
    """The spot fee column of the sales report."""
    return _fc(value, 7, "spot fee")


def column_spot_load(value: float) -> str:
    """The spot load column of the sales report."""
    return _fc(value, 8, "spot load")


def column_spot_margin(value: float) -> str:
    """The spot margin column of the sales report."""
    return _fc(value, 7, "spot margin")


def column_spot_price(value: float) -> str:
    """The spot price column of the sales report."""
    return _fc(value, 12, "spot price")


def column_spot_rate(value: float) -> str:
    """The spot rate column of the sales report."""
    return _fc(value, 11, "spot rate")


def column_spot_spread(value: float) -> str:
    """The spot spread column of the sales report."""
    return _fc(value, 13, "spot spread")


def column_spot_volume(value: float) -> str:
    """The spot volume column of the sales report."""
    return _fc(value, 12, "spot volume")


def column_spot_yield(value: float) -> str:
    """The spot yield column of the sales report."""
    return _fc(value, 13, "spot yield")


def column_tax_balance(value: float) -> str:
    """The tax balance column of the sales report."""
    return _fc(value, 14, "tax balance")


def column_tax_cost(value: float) -> str:
    """The tax cost column of the sales report."""
    return _fc(value, 7, "tax cost")


def column_tax_fee(value: float) -> str:
    """The tax fee column of the sales report."""
    return _fc(value, 14, "tax fee")


def column_tax_price(value: float) -> str:
    """The tax price column of the sales report."""
    return _fc(value, 9, "tax price")


def column_tax_rate(value: float) -> str:
    """The tax rate column of the sales report."""
    return _fc(value, 12, "tax rate")


def column_tax_spread(value: float) -> str:
    """The tax spread column of the sales report."""
    return _fc(value, 8, "tax spread")


def column_tax_volume(value: float) -> str:
    """The tax volume column of the sales report."""
    return _fc(value, 12, "tax volume")


def column_tax_yield(value: float) -> str:
    """The tax yield column of the sales report."""
    return _fc(value, 8, "tax yield")


def column_total_fee(value: float) -> str:
    """The total fee column of the sales report."""
    return _fc(value, 14, "total fee")


def column_total_load(value: float) -> str:
    """The total load column of the sales report."""
    return _fc(value, 13, "total load")


def column_total_margin(value: float) -> str:
    """The total margin column of the sales report."""
    return _fc(value, 14, "total margin")


def column_total_price(value: float) -> str:
    """The total price column of the sales report."""
    return _fc(value, 10, "total price")


def column_total_rate(value: float) -> str:
    """The total rate column of the sales report."""
    return _fc(value, 11, "total rate")


def column_total_volume(value: float) -> str:
    """The total volume column of the sales report."""
    return _fc(value, 8, "total volume")


def column_total_yield(value: float) -> str:
    """The total yield column of the sales report."""
    return _fc(value, 14, "total yield")


def column_weekly_balance(value: float) -> str:
    """The weekly balance column of the sales report."""
    return _fc(value, 9, "weekly balance")


def column_weekly_cost(value: float) -> str:
    """The weekly cost column of the sales report."""
    return _fc(value, 8, "weekly cost")


def column_weekly_fee(value: float) -> str:
    """The weekly fee column of the sales report."""
    return _fc(value, 8, "weekly fee")


def column_weekly_load(value: float) -> str:
    """The weekly load column of the sales report."""
    return _fc(value, 14, "weekly load")


def column_weekly_margin(value: float) -> str:
    """The weekly margin column of the sales report."""
    return _fc(value, 13, "weekly margin")


def column_weekly_volume(value: float) -> str:
    """The weekly volume column of the sales report."""
    return _fc(value, 14, "weekly volume")


def column_weekly_yield(value: float) -> str:
    """The weekly yield column of the sales report."""
    return _fc(value, 8, "weekly yield")
