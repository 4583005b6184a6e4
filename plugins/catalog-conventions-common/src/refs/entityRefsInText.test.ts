import { entityRefsInText, hideEntityRefsInText } from './entityRefsInText';
import { HIDDEN_ENTITY } from './hiddenEntity';

const refsOf = (text: string) => entityRefsInText(text).map(found => found.ref);

describe('entityRefsInText', () => {
  it('finds each full ref of a catalog kind, and where it starts', () => {
    const text =
      'Owned by group:default/data-platform-team; on call: user:default/chen.wei.';
    expect(entityRefsInText(text)).toEqual([
      { ref: 'group:default/data-platform-team', index: 9 },
      { ref: 'user:default/chen.wei', index: 52 },
    ]);
  });

  it('leaves a full stop, comma or bracket after a ref out of it', () => {
    expect(
      refsOf(
        'See resource:payments/events-dlq. Then (component:default/fn_2), system:default/sys.',
      ),
    ).toEqual([
      'resource:payments/events-dlq',
      'component:default/fn_2',
      'system:default/sys',
    ]);
  });

  it('reads kinds in any case, as written', () => {
    expect(refsOf('Owner Group:Default/Team-A.')).toEqual([
      'Group:Default/Team-A',
    ]);
  });

  it('finds no placeholder, short ref, other kind or word with a colon', () => {
    expect(
      refsOf(
        'Set owner to group:default/<team>, or group:team; see location:default/x, https://example.net/a and note: default/x.',
      ),
    ).toEqual([]);
  });

  it('finds nothing in text without refs', () => {
    expect(entityRefsInText('All 2 capacity checks pass.')).toEqual([]);
  });

  it('with anyKind, finds refs of custom and built-in kinds alike', () => {
    expect(
      entityRefsInText(
        'Kept in location:default/x and pipeline:ops/events-flow.',
        { anyKind: true },
      ).map(found => found.ref),
    ).toEqual(['location:default/x', 'pipeline:ops/events-flow']);
  });
});

describe('hideEntityRefsInText', () => {
  const hidden = new Set([
    'resource:finance/orders-db-password',
    'pipeline:ops/flow-2',
  ]);

  it('hides each hidden ref of any kind, leaving the full stop after it and the others', () => {
    expect(
      hideEntityRefsInText(
        'Also named by resource:finance/orders-db-password; see pipeline:ops/flow-2, group:default/open, https://example.net/a.',
        ref => hidden.has(ref),
      ),
    ).toBe(
      `Also named by ${HIDDEN_ENTITY}; see ${HIDDEN_ENTITY}, group:default/open, https://example.net/a.`,
    );
  });

  it('starts a sentence it begins with a capital letter', () => {
    expect(
      hideEntityRefsInText(
        'pipeline:ops/flow-2 links it. resource:finance/orders-db-password names it! Why? pipeline:ops/flow-2 too',
        ref => hidden.has(ref),
      ),
    ).toBe(
      'An entity you may not read links it. An entity you may not read names it! Why? An entity you may not read too',
    );
  });
});
