import { AnthropicTracker } from './anthropic.js';
import { CompletionsTracker, EmbeddingsTracker, OpenAiTracker } from './openai.js';
import { ResponsesTracker } from './responses.js';
import type { LlmProtocol, StreamTracker } from './stream.js';

export function createTracker(protocol: LlmProtocol): StreamTracker {
  switch (protocol) {
    case 'openai-sse':
      return new OpenAiTracker(true);
    case 'openai':
      return new OpenAiTracker(false);
    case 'anthropic-sse':
      return new AnthropicTracker(true);
    case 'anthropic':
      return new AnthropicTracker(false);
    case 'openai-responses':
      return new ResponsesTracker();
    case 'openai-completions':
      return new CompletionsTracker();
    case 'openai-embeddings':
      return new EmbeddingsTracker();
  }
}
