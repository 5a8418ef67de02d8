"""File formats (xlsx, PDF). No Qt: DTOs in, bytes/paths out."""
