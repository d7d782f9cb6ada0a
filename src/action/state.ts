/** Keys of what `main` hands to `post` through core.saveState. */
export const STATE_COMPOSE = 'compose';
export const STATE_PGID = 'pgid';
/** The stack's marker (LLM_LOAD_STACK_ID), so post kills only processes that are still ours. */
export const STATE_MARKER = 'stack-marker';
