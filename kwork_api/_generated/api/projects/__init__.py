"""Operation tables of the `projects` group. Generated; do not edit."""
