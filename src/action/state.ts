/** Keys of what `main` hands to `post` through core.saveState. */
export const STATE_COMPOSE = 'compose';
export const STATE_PGID = 'pgid';
