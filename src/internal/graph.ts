// Cycles in a directed graph of string nodes (associations between achievements): strongly
// connected components by Tarjan's algorithm, iterative so that hostile input cannot exhaust the
// stack, and one shortest cycle through each component for the message.

/** A directed edge, with the index of what it came from (an association). */
export interface Edge {
  from: string;
  to: string;
  index: number;
}

/**
 * A cycle: its nodes in order (the first repeated at the end), the edges that form it, and the
 * indices of every edge inside its strongly connected component (all of them are on some cycle).
 */
export interface Cycle {
  nodes: string[];
  edges: Edge[];
  within: number[];
}

/**
 * Finds the cycles of a directed graph: one per strongly connected component with more than one
 * node, and one per self-loop. Components are reported in the order of their first edge.
 */
export function findCycles(edges: readonly Edge[]): Cycle[] {
  const out = new Map<string, Edge[]>();
  for (const edge of edges) {
    const list = out.get(edge.from);
    if (list) list.push(edge);
    else out.set(edge.from, [edge]);
  }
  const component = stronglyConnected(out);
  const inside = new Map<number, number[]>();
  for (const edge of edges) {
    const id = component.get(edge.from) as number;
    if (component.get(edge.to) !== id) continue;
    const list = inside.get(id);
    if (list) list.push(edge.index);
    else inside.set(id, [edge.index]);
  }
  const cycles: Cycle[] = [];
  const reported = new Set<number>();
  for (const edge of edges) {
    const id = component.get(edge.from) as number;
    if (reported.has(id) || component.get(edge.to) !== id) continue;
    // Both ends in one component: a self-loop, or a component of several nodes (all on cycles).
    reported.add(id);
    const within = inside.get(id) ?? [];
    if (edge.from === edge.to) cycles.push({ nodes: [edge.from, edge.to], edges: [edge], within });
    else cycles.push({ ...shortestCycle(edge, out, component, id), within });
  }
  return cycles;
}

// Tarjan's strongly connected components, with an explicit stack of (node, next edge) frames.
function stronglyConnected(out: Map<string, Edge[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;
  for (const start of out.keys()) {
    if (index.has(start)) continue;
    const frames: [string, number][] = [[start, 0]];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as [string, number];
      const [node, next] = frame;
      const edge = out.get(node)?.[next];
      if (edge) {
        frame[1]++;
        if (!index.has(edge.to)) {
          index.set(edge.to, counter);
          low.set(edge.to, counter++);
          stack.push(edge.to);
          onStack.add(edge.to);
          frames.push([edge.to, 0]);
        } else if (onStack.has(edge.to)) {
          low.set(node, Math.min(low.get(node) as number, index.get(edge.to) as number));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent)
        low.set(parent[0], Math.min(low.get(parent[0]) as number, low.get(node) as number));
      if (low.get(node) === index.get(node)) {
        let member: string | undefined;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.set(member, components);
        } while (member !== node);
        components++;
      }
    }
  }
  return component;
}

// The shortest path back from edge.to to edge.from inside the component, closed by the edge.
function shortestCycle(
  first: Edge,
  out: Map<string, Edge[]>,
  component: Map<string, number>,
  id: number,
): Cycle {
  const via = new Map<string, Edge>();
  const queue = [first.to];
  for (let i = 0; i < queue.length && !via.has(first.from); i++) {
    const node = queue[i] as string;
    for (const edge of out.get(node) ?? []) {
      if (component.get(edge.to) !== id || via.has(edge.to) || edge.to === first.to) continue;
      via.set(edge.to, edge);
      queue.push(edge.to);
    }
  }
  const path: Edge[] = [];
  for (let node = first.from; node !== first.to; ) {
    const edge = via.get(node) as Edge;
    path.unshift(edge);
    node = edge.from;
  }
  const edges = [first, ...path];
  return { nodes: [first.from, ...edges.map((e) => e.to)], edges, within: [] };
}
