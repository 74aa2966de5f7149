"""Operation tables of the `orders` group. Generated; do not edit."""
