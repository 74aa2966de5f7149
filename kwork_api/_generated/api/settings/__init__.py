"""Operation tables of the `settings` group. Generated; do not edit."""
