"""Operation tables of the `notifications` group. Generated; do not edit."""
