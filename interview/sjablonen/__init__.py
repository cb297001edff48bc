"""Tools for template authors: check, list fields, preview and copy a team's Word templates."""
