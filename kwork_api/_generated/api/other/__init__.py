"""Operation tables of the `other` group. Generated; do not edit."""
