import { describe, expect, it } from 'vitest';
import { chatRequest, modelsRequest, normalizeBaseUrl, parseModelList } from '../../../../src/engines/openai-compatible/request.ts';
import { httpFailure, rejectsFormat } from '../../../../src/engines/openai-compatible/errors.ts';

const messages = [{ role: 'user' as const, content: 'hi' }];

describe('the chat request', () => {
  it('streams, asks for the card\'s JSON schema, and sends the key only as a header', () => {
    const r = chatRequest({ baseUrl: 'http://127.0.0.1:11434/v1/', model: 'llama3.2', apiKey: 'sk-secret' }, messages, 'json_schema');
    expect(r.url).toBe('http://127.0.0.1:11434/v1/chat/completions');
    expect(r.url).not.toContain('sk-secret');
    expect(r.init.headers.Authorization).toBe('Bearer sk-secret');
    const body = JSON.parse(r.init.body as string);
    expect(body).toMatchObject({ model: 'llama3.2', stream: true, response_format: { type: 'json_schema', json_schema: { name: 'brief' } } });
    expect(body.response_format.json_schema.schema.required).toContain('points');
  });

  it('falls back to json_object, then to the prompt alone', () => {
    expect(JSON.parse(chatRequest({ baseUrl: 'http://h/v1', model: 'm' }, messages, 'json_object').init.body as string).response_format).toEqual({ type: 'json_object' });
    expect(JSON.parse(chatRequest({ baseUrl: 'http://h/v1', model: 'm' }, messages, 'prompt').init.body as string).response_format).toBeUndefined();
    expect(chatRequest({ baseUrl: 'http://h/v1', model: 'm' }, messages, 'prompt').init.headers.Authorization).toBeUndefined();
  });

  it('refuses addresses that are not http(s) or carry credentials', () => {
    expect(() => normalizeBaseUrl('file:///etc/passwd')).toThrow(/http:\/\/ or https:\/\//);
    expect(() => normalizeBaseUrl('not a url')).toThrow(/not a web address/);
    expect(() => normalizeBaseUrl('http://user:pw@host/v1')).toThrow(/API key in its own field/);
    expect(normalizeBaseUrl(' https://api.example.com/v1?x=1#y ')).toBe('https://api.example.com/v1');
    expect(modelsRequest({ baseUrl: 'http://h:1/v1' }).url).toBe('http://h:1/v1/models');
  });

  it('reads model lists in OpenAI\'s and Ollama\'s shapes', () => {
    expect(parseModelList({ data: [{ id: 'b' }, { id: 'a' }, { id: 'a' }] })).toEqual(['a', 'b']);
    expect(parseModelList({ models: [{ name: 'llama3.2:3b' }] })).toEqual(['llama3.2:3b']);
    expect(parseModelList('nope')).toEqual([]);
  });
});

describe('server errors in plain words', () => {
  it('tells Ollama\'s origin refusal from a refused key', () => {
    expect(httpFailure(403, '', 'http://127.0.0.1:11434/v1', 'm', false)).toMatchObject({ code: 'ollama-origin', message: expect.stringContaining('OLLAMA_ORIGINS=chrome-extension://*,moz-extension://*') });
    expect(httpFailure(401, '{"error":{"message":"Incorrect API key"}}', 'https://api.example.com/v1', 'm', true)).toMatchObject({ code: 'key-refused', message: expect.stringContaining('API key was refused') });
    expect(httpFailure(404, '{"error":{"message":"model \'x\' not found"}}', 'http://h/v1', 'x', false)).toMatchObject({ code: 'model-not-found' });
    expect(httpFailure(500, '{"error":{"message":"boom"}}', 'http://h/v1', 'x', false).message).toBe('h answered with an error (500): boom.');
  });

  it('knows a rejected response_format from other bad requests', () => {
    expect(rejectsFormat(400, '{"error":"response_format json_schema is not supported"}')).toBe(true);
    expect(rejectsFormat(400, '{"error":"messages must not be empty"}')).toBe(false);
    expect(rejectsFormat(500, 'json_schema')).toBe(false);
  });
});
