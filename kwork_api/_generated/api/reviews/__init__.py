"""Operation tables of the `reviews` group. Generated; do not edit."""
