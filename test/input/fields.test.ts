import { describe, expect, it } from 'vitest';
import { createFieldFinder } from '../../src/input/fields.js';

describe('createFieldFinder', () => {
  it('finds the fields of each record shape, however shapes alternate', () => {
    const find = createFieldFinder({});
    const comment = { cid: 'a1', text: 'hello', author: '@sam' };
    const reply = { id: 'b2', Body: 'hi there', parent_id: 'a1' };
    const answers = [comment, reply, reply, comment, { ...comment }, reply].map((record) => find(record));
    const asComment = { id: 'cid', text: 'text', author: 'author' };
    const asReply = { id: 'id', text: 'Body', parentId: 'parent_id' };
    expect(answers).toEqual([asComment, asReply, asReply, asComment, asComment, asReply]);
  });

  it('tells apart shapes with the same keys in another order or one key more', () => {
    const find = createFieldFinder({});
    expect(find({ text: 'a', comment: 'b' })).toEqual({ text: 'text' });
    expect(find({ comment: 'b', text: 'a' })).toEqual({ text: 'text' });
    expect(find({ comment: 'b' })).toEqual({ text: 'comment' });
    expect(find({ comment: 'b', url: 'https://example.com' })).toEqual({ text: 'comment', url: 'url' });
  });

  it('prefers the field the user named', () => {
    const find = createFieldFinder({ text: 'Caption' });
    expect(find({ text: 'a', caption: 'b' }).text).toBe('caption');
  });
});
