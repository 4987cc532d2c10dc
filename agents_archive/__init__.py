"""agents_archive package."""
