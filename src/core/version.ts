declare const __LLM_LOAD_VERSION__: string | undefined;

/** Injected by the bundler from package.json; "dev" when running from source. */
export const VERSION: string = typeof __LLM_LOAD_VERSION__ === 'string' ? __LLM_LOAD_VERSION__ : 'dev';
