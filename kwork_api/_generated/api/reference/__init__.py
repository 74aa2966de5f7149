"""Operation tables of the `reference` group. Generated; do not edit."""
