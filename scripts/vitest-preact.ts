import type {Plugin} from 'vite';

/** JSX through Preact's automatic runtime for unit tests (vite 8 transforms TSX with oxc). */
export default function preact(): Plugin {
  return {
    name: 'goalpost-preact-jsx',
    config: () => ({oxc: {jsx: {runtime: 'automatic', importSource: 'preact'}}}) as never,
  };
}
