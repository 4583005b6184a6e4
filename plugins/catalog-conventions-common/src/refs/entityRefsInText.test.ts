import { entityRefsInText, replaceEntityRefsInText } from './entityRefsInText';

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

describe('replaceEntityRefsInText', () => {
  it('replaces each ref of any kind, leaving the full stop after it', () => {
    expect(
      replaceEntityRefsInText(
        'Also named by resource:finance/orders-db-password. See pipeline:ops/flow-2, https://example.net/a.',
        ref => `<${ref.toUpperCase()}>`,
      ),
    ).toBe(
      'Also named by <RESOURCE:FINANCE/ORDERS-DB-PASSWORD>. See <PIPELINE:OPS/FLOW-2>, https://example.net/a.',
    );
  });
});
