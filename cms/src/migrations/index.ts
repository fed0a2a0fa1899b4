// Placeholder until `payload migrate:create` writes the real list.
export const migrations = [];
