"""cobaltly.util: helpers of the cobaltly service."""

from __future__ import annotations


def _fmt(value: float, width: int, title: str = "value") -> str:
    """`value` right-aligned in `width` characters with two decimals; `title` names
    the column in errors."""
    if value != value:
        raise ValueError(f"{title} is not a number")
    return f"{value:>{width}.2f}"


def column_base_balance(value: float) -> str:
    """The base balance column of the sales report."""
    return _fmt(value, 11, "base balance")


def column_base_fee(value: float) -> str:
    """The base fee column of the sales report."""
    return _fmt(value, 11, "base fee")


def column_base_load(value: float) -> str:
    """The base load column of the sales report."""
    return _fmt(value, 10, "base load")


def column_base_rate(value: float) -> str:
    """The base rate column of the sales report."""
    return _fmt(value, 7, "base rate")


def column_base_spread(value: float) -> str:
    """The base spread column of the sales report."""
    return _fmt(value, 7, "base spread")


def column_base_volume(value: float) -> str:
    """The base volume column of the sales report."""
    return _fmt(value, 11, "base volume")


def column_base_yield(value: float) -> str:
    """The base yield column of the sales report."""
    return _fmt(value, 13, "base yield")


def column_closing_balance(value: float) -> str:
    """The closing balance column of the sales report."""
    return _fmt(value, 6, "closing balance")


def column_closing_fee(value: float) -> str:
    """The closing fee column of the sales report."""
    return _fmt(value, 9, "closing fee")


def column_closing_load(value: float) -> str:
    """The closing load column of the sales report."""
    return _fmt(value, 14, "closing load")


def column_closing_margin(value: float) -> str:
    """The closing margin column of the sales report."""
    return _fmt(value, 13, "closing margin")


def column_closing_price(value: float) -> str:
    """The closing price column of the sales report."""
    return _fmt(value, 7, "closing price")


def column_closing_rate(value: float) -> str:
    """The closing rate column of the sales report."""
    return _fmt(value, 7, "closing rate")


def column_closing_spread(value: float) -> str:
    """The closing spread column of the sales report."""
    return _fmt(value, 6, "closing spread")


def column_closing_volume(value: float) -> str:
    """The closing volume column of the sales report."""
    return _fmt(value, 11, "closing volume")


def column_closing_yield(value: float) -> str:
    """The closing yield column of the sales report."""
    return _fmt(value, 9, "closing yield")


def column_daily_balance(value: float) -> str:
    """The daily balance column of the sales report."""
    return _fmt(value, 11, "daily balance")


def column_daily_cost(value: float) -> str:
    """The daily cost column of the sales report."""
    return _fmt(value, 10, "daily cost")


def column_daily_fee(value: float) -> str:
    """The daily fee column of the sales report."""
    return _fmt(value, 6, "daily fee")


def column_daily_load(value: float) -> str:
    """The daily load column of the sales report."""
    return _fmt(value, 8, "daily load")


def column_daily_margin(value: float) -> str:
    """The daily margin column of the sales report."""
    return _fmt(value, 9, "daily margin")


def column_daily_price(value: float) -> str:
    """The daily price column of the sales report."""
    return _fmt(value, 10, "daily price")


def column_daily_spread(value: float) -> str:
    """The daily spread column of the sales report."""
    return _fmt(value, 8, "daily spread")


def column_daily_volume(value: float) -> str:
    """The daily volume column of the sales report."""
    return _fmt(value, 7, "daily volume")


def column_gross_fee(value: float) -> str:
    """The gross fee column of the sales report."""
    return _fmt(value, 10, "gross fee")


def column_gross_load(value: float) -> str:
    """The gross load column of the sales report."""
    return _fmt(value, 14, "gross load")


def column_gross_margin(value: float) -> str:
    """The gross margin column of the sales report."""
    return _fmt(value, 13, "gross margin")


def column_gross_price(value: float) -> str:
    """The gross price column of the sales report."""
    return _fmt(value, 8, "gross price")


def column_gross_rate(value: float) -> str:
    """The gross rate column of the sales report."""
    return _fmt(value, 10, "gross rate")


def column_gross_spread(value: float) -> str:
    """The gross spread column of the sales report."""
    return _fmt(value, 8, "gross spread")


def column_gross_volume(value: float) -> str:
    """The gross volume column of the sales report."""
    return _fmt(value, 13, "gross volume")


def column_gross_yield(value: float) -> str:
    """The gross yield column of the sales report."""
    return _fmt(value, 11, "gross yield")


def column_max_margin(value: float) -> str:
    """The max margin column of the sales report."""
    return _fmt(value, 10, "max margin")


def column_max_price(value: float) -> str:
    """The max price column of the sales report."""
    return _fmt(value, 10, "max price")


def column_max_rate(value: float) -> str:
    """The max rate column of the sales report."""
    return _fmt(value, 12, "max rate")


def column_max_spread(value: float) -> str:
    """The max spread column of the sales report."""
    return _fmt(value, 10, "max spread")


def column_max_volume(value: float) -> str:
    """The max volume column of the sales report."""
    return _fmt(value, 14, "max volume")


def column_max_yield(value: float) -> str:
    """The max yield column of the sales report."""
    return _fmt(value, 7, "max yield")


def column_mean_balance(value: float) -> str:
    """The mean balance column of the sales report."""
    return _fmt(value, 12, "mean balance")


def column_mean_cost(value: float) -> str:
    """The mean cost column of the sales report."""
    return _fmt(value, 6, "mean cost")


def column_mean_fee(value: float) -> str:
    """The mean fee column of the sales report."""
    return _fmt(value, 7, "mean fee")


def column_mean_load(value: float) -> str:
    """The mean load column of the sales report."""
    return _fmt(value, 14, "mean load")


def column_mean_price(value: float) -> str:
    """The mean price column of the sales report."""
    return _fmt(value, 11, "mean price")


def column_mean_spread(value: float) -> str:
    """The mean spread column of the sales report."""
    return _fmt(value, 12, "mean spread")


def column_mean_volume(value: float) -> str:
    """The mean volume column of the sales report."""
    return _fmt(value, 13, "mean volume")


def column_mean_yield(value: float) -> str:
    """The mean yield column of the sales report."""
    return _fmt(value, 14, "mean yield")


def column_min_cost(value: float) -> str:
    """The min cost column of the sales report."""
    return _fmt(value, 13, "min cost")


def column_min_fee(value: float) -> str:
    """The min fee column of the sales report."""
    return _fmt(value, 10, "min fee")


def column_min_load(value: float) -> str:
    """The min load column of the sales report."""
    return _fmt(value, 8, "min load")


def column_min_margin(value: float) -> str:
    """The min margin column of the sales report."""
    return _fmt(value, 14, "min margin")


def column_min_price(value: float) -> str:
    """The min price column of the sales report."""
    return _fmt(value, 9, "min price")


def column_min_spread(value: float) -> str:
    """The min spread column of the sales report."""
    return _fmt(value, 12, "min spread")


def column_min_volume(value: float) -> str:
    """The min volume column of the sales report."""
    return _fmt(value, 6, "min volume")


def column_min_yield(value: float) -> str:
    """The min yield column of the sales report."""
    return _fmt(value, 9, "min yield")


def column_net_balance(value: float) -> str:
    """The net balance column of the sales report."""
    return _fmt(value, 10, "net balance")


def column_net_fee(value: float) -> str:
    """The net fee column of the sales report."""
    return _fmt(value, 10, "net fee")


def column_net_load(value: float) -> str:
    """The net load column of the sales report."""
    return _fmt(value, 13, "net load")


def column_net_margin(value: float) -> str:
    """The net margin column of the sales report."""
    return _fmt(value, 13, "net margin")


def column_net_price(value: float) -> str:
    """The net price column of the sales report."""
    return _fmt(value, 14, "net price")


def column_net_rate(value: float) -> str:
    """The net rate column of the sales report."""
    return _fmt(value, 9, "net rate")


def column_net_spread(value: float) -> str:
    """The net spread column of the sales report."""
    return _fmt(value, 10, "net spread")


def column_net_volume(value: float) -> str:
    """The net volume column of the sales report."""
    return _fmt(value, 13, "net volume")


def column_net_yield(value: float) -> str:
    """The net yield column of the sales report."""
    return _fmt(value, 6, "net yield")


def column_opening_balance(value: float) -> str:
    """The opening balance column of the sales report."""
    return _fmt(value, 13, "opening balance")


def column_opening_cost(value: float) -> str:
    """The opening cost column of the sales report."""
    return _fmt(value, 10, "opening cost")


def column_opening_fee(value: float) -> str:
    """The opening fee column of the sales report."""
    return _fmt(value, 9, "opening fee")


def column_opening_load(value: float) -> str:
    """The opening load column of the sales report."""
    return _fmt(value, 10, "opening load")


def column_opening_margin(value: float) -> str:
    """The opening margin column of the sales report."""
    return _fmt(value, 10, "opening margin")


def column_opening_rate(value: float) -> str:
    """The opening rate column of the sales report."""
    return _fmt(value, 7, "opening rate")


def column_opening_spread(value: float) -> str:
    """The opening spread column of the sales report."""
    return _fmt(value, 11, "opening spread")


def column_opening_volume(value: float) -> str:
    """The opening volume column of the sales report."""
    return _fmt(value, 10, "opening volume")


def column_opening_yield(value: float) -> str:
    """The opening yield column of the sales report."""
    return _fmt(value, 12, "opening yield")


def column_peak_balance(value: float) -> str:
    """The peak balance column of the sales report."""
    return _fmt(value, 12, "peak balance")


def column_peak_cost(value: float) -> str:
    """The peak cost column of the sales report."""
    return _fmt(value, 6, "peak cost")


def column_peak_fee(value: float) -> str:
    """The peak fee column of the sales report."""
    return _fmt(value, 8, "peak fee")


def column_peak_load(value: float) -> str:
    """The peak load column of the sales report."""
    return _fmt(value, 7, "peak load")


def column_peak_margin(value: float) -> str:
    """The peak margin column of the sales report."""
    return _fmt(value, 8, "peak margin")


def column_peak_price(value: float) -> str:
    """The peak price column of the sales report."""
    return _fmt(value, 10, "peak price")


def column_peak_rate(value: float) -> str:
    """The peak rate column of the sales report."""
    return _fmt(value, 7, "peak rate")


def column_peak_volume(value: float) -> str:
    """The peak volume column of the sales report."""
    return _fmt(value, 13, "peak volume")


def column_peak_yield(value: float) -> str:
    """The peak yield column of the sales report."""
    return _fmt(value, 8, "peak yield")


def column_spot_balance(value: float) -> str:
    """The spot balance column of the sales report."""
    return _fmt(value, 13, "spot balance")


def column_spot_cost(value: float) -> str:
    """The spot cost column of the sales report."""
    return _fmt(value, 9, "spot cost")


def column_spot_fee(value: float) -> str:
    """The spot fee column of the sales report."""
    return _fmt(value, 12, "spot fee")


def column_spot_load(value: float) -> str:
    """The spot load column of the sales report."""
    return _fmt(value, 10, "spot load")


def column_spot_margin(value: float) -> str:
    """The spot margin column of the sales report."""
    return _fmt(value, 14, "spot margin")


def column_spot_rate(value: float) -> str:
    """The spot rate column of the sales report."""
    return _fmt(value, 11, "spot rate")


def column_spot_volume(value: float) -> str:
    """The spot volume column of the sales report."""
    return _fmt(value, 10, "spot volume")


def column_spot_yield(value: float) -> str:
    """The spot yield column of the sales report."""
    return _fmt(value, 13, "spot yield")


def column_tax_cost(value: float) -> str:
    """The tax cost column of the sales report."""
    return _fmt(value, 6, "tax cost")


def column_tax_fee(value: float) -> str:
    """The tax fee column of the sales report."""
    return _fmt(value, 8, "tax fee")


def column_tax_price(value: float) -> str:
    """The tax price column of the sales report."""
    return _fmt(value, 9, "tax price")


def column_tax_spread(value: float) -> str:
    """The tax spread column of the sales report."""
    return _fmt(value, 13, "tax spread")


def column_tax_volume(value: float) -> str:
    """The tax volume column of the sales report."""
    return _fmt(value, 11, "tax volume")


def column_total_cost(value: float) -> str:
    """The total cost column of the sales report."""
    return _fmt(value, 7, "total cost")


def column_total_fee(value: float) -> str:
    """The total fee column of the sales report."""
    return _fmt(value, 11, "total fee")


def column_total_load(value: float) -> str:
    """The total load column of the sales report."""
    return _fmt(value, 14, "total load")


def column_total_margin(value: float) -> str:
    """The total margin column of the sales report."""
    return _fmt(value, 11, "total margin")


def column_total_rate(value: float) -> str:
    """The total rate column of the sales report."""
    return _fmt(value, 7, "total rate")


def column_total_spread(value: float) -> str:
    """The total spread column of the sales report."""
    return _fmt(value, 6, "total spread")


def column_total_volume(value: float) -> str:
    """The total volume column of the sales report."""
    return _fmt(value, 13, "total volume")


def column_total_yield(value: float) -> str:
    """The total yield column of the sales report."""
    return _fmt(value, 7, "total yield")


def column_weekly_balance(value: float) -> str:
    """The weekly balance column of the sales report."""
    return _fmt(value, 8, "weekly balance")


def column_weekly_cost(value: float) -> str:
    """The weekly cost column of the sales report."""
    return _fmt(value, 14, "weekly cost")


def column_weekly_fee(value: float) -> str:
    """The weekly fee column of the sales report."""
    return _fmt(value, 9, "weekly fee")


def column_weekly_margin(value: float) -> str:
    """The weekly margin column of the sales report."""
    return _fmt(value, 6, "weekly margin")


def column_weekly_price(value: float) -> str:
    """The weekly price column of the sales report."""
    return _fmt(value, 13, "weekly price")


def column_weekly_spread(value: float) -> str:
    """The weekly spread column of the sales report."""
    return _fmt(value, 12, "weekly spread")


def column_weekly_volume(value: float) -> str:
    """The weekly volume column of the sales report."""
    return _fmt(value, 14, "weekly volume")


def column_weekly_yield(value: float) -> str:
    """The weekly yield column of the sales report."""
    return _fmt(value, 12, "weekly yield")
