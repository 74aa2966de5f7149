"""Operation tables of the `portfolio` group. Generated; do not edit."""
