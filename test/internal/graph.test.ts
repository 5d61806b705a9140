// Cycle finding (pathways, ASSOCIATIONS_CYCLE): a graph has a cycle exactly when it has no
// topological order, and every cycle reported is a real closed walk of the graph's edges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Edge, findCycles } from '../../src/internal/graph.js';

// Kahn's algorithm: true when every node can be ordered.
function isAcyclic(edges: readonly Edge[]): boolean {
  const indegree = new Map<string, number>();
  for (const { from, to } of edges) {
    indegree.set(from, indegree.get(from) ?? 0);
    indegree.set(to, (indegree.get(to) ?? 0) + 1);
  }
  const ready = [...indegree].filter(([, d]) => d === 0).map(([n]) => n);
  let seen = 0;
  while (ready.length > 0) {
    const node = ready.pop() as string;
    seen++;
    for (const edge of edges.filter((e) => e.from === node)) {
      const d = (indegree.get(edge.to) as number) - 1;
      indegree.set(edge.to, d);
      if (d === 0) ready.push(edge.to);
    }
  }
  return seen === indegree.size;
}

const graphs = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 })), {
    maxLength: 20,
  })
  .map((pairs) => pairs.map(([a, b], index) => ({ from: `n${a}`, to: `n${b}`, index })));

describe('findCycles', () => {
  it('finds a cycle exactly when there is no topological order (property)', () => {
    fc.assert(
      fc.property(graphs, (edges) => {
        expect(findCycles(edges).length === 0).toBe(isAcyclic(edges));
      }),
      { seed: 22, numRuns: 500 },
    );
  });

  it('reports each cycle as a closed walk of the graph’s own edges (property)', () => {
    fc.assert(
      fc.property(graphs, (edges) => {
        for (const cycle of findCycles(edges)) {
          expect(cycle.nodes[0]).toBe(cycle.nodes[cycle.nodes.length - 1]);
          cycle.edges.forEach((edge, i) => {
            expect(edges[edge.index]).toEqual(edge);
            expect(cycle.within).toContain(edge.index);
            expect(edge.from).toBe(cycle.nodes[i]);
            expect(edge.to).toBe(cycle.nodes[i + 1]);
          });
        }
      }),
      { seed: 22, numRuns: 500 },
    );
  });

  it('reports a self-loop, and one cycle per strongly connected component', () => {
    const e = (from: string, to: string, index: number) => ({ from, to, index });
    expect(findCycles([e('a', 'a', 0)])).toEqual([
      { nodes: ['a', 'a'], edges: [e('a', 'a', 0)], within: [0] },
    ]);
    const two = findCycles([e('a', 'b', 0), e('b', 'a', 1), e('b', 'c', 2), e('c', 'b', 3)]);
    expect(two).toHaveLength(1);
    expect(two[0]?.within).toEqual([0, 1, 2, 3]);
    expect(
      findCycles([e('a', 'b', 0), e('b', 'a', 1), e('c', 'd', 2), e('d', 'c', 3)]),
    ).toHaveLength(2);
  });

  it('handles a long chain closed into one cycle without deep recursion', () => {
    const n = 50_000;
    const edges = Array.from({ length: n }, (_, i) => ({
      from: `n${i}`,
      to: `n${(i + 1) % n}`,
      index: i,
    }));
    const [cycle] = findCycles(edges);
    expect(cycle?.edges).toHaveLength(n);
  });
});
