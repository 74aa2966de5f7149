"""Operation tables, one module per Kwork method. Generated; do not edit."""
