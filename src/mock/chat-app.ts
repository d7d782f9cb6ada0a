import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './context.js';

/**
 * A small chat service like the ones our users load-test: conversations, messages, and a chat endpoint
 * that answers through a fake model after a fixed delay (seed: MOCK_MISTRAL's 100 ms reply).
 */
interface Message {
  role: 'user' | 'assistant';
  content: string;
  at: string;
}

interface Conversation {
  id: string;
  title: string;
  messages: Message[];
}

const MAX_CONVERSATIONS = 10_000;

export class ChatApp {
  private readonly conversations = new Map<string, Conversation>();

  /** `reply` is the fake model: it answers a message after the configured latency. */
  constructor(private readonly reply: (message: string) => Promise<string>) {}

  private create(title: string): Conversation {
    // Bounded, so a long load run against the mock does not grow it without limit.
    if (this.conversations.size >= MAX_CONVERSATIONS) this.conversations.delete(this.conversations.keys().next().value!);
    const conversation = { id: randomUUID(), title, messages: [] };
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  /** Handles the route if it is the chat app's; returns false when it is not. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL, body: () => Promise<unknown>): Promise<boolean> {
    const { pathname } = url;
    if (req.method === 'POST' && pathname === '/conversations') {
      const input = (await body()) as { title?: string } | undefined;
      const c = this.create(typeof input?.title === 'string' ? input.title : 'untitled');
      sendJson(res, 201, { id: c.id, title: c.title });
      return true;
    }
    if (req.method === 'GET' && pathname === '/conversations') {
      sendJson(
        res,
        200,
        [...this.conversations.values()].slice(-100).map(({ id, title }) => ({ id, title })),
      );
      return true;
    }
    const messages = /^\/conversations\/([^/]+)\/messages$/.exec(pathname);
    if (req.method === 'GET' && messages) {
      const c = this.conversations.get(decodeURIComponent(messages[1]!));
      if (!c) sendJson(res, 404, { error: 'conversation not found' });
      else sendJson(res, 200, c.messages);
      return true;
    }
    if (req.method === 'POST' && pathname === '/chat') {
      const input = (await body()) as { conversation_id?: string; message?: string } | undefined;
      const c = input?.conversation_id ? this.conversations.get(input.conversation_id) : this.create('chat');
      if (!c) {
        sendJson(res, 404, { error: 'conversation not found' });
        return true;
      }
      const text = typeof input?.message === 'string' ? input.message : '';
      c.messages.push({ role: 'user', content: text, at: new Date().toISOString() });
      const reply = { role: 'assistant' as const, content: await this.reply(text), at: new Date().toISOString() };
      c.messages.push(reply);
      sendJson(res, 200, { conversation_id: c.id, response: reply.content });
      return true;
    }
    return false;
  }
}
