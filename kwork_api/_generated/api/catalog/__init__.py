"""Operation tables of the `catalog` group. Generated; do not edit."""
