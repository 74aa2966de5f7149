"""Operation tables of the `auth` group. Generated; do not edit."""
