// Each PyTorch script in pytorch/ served as it is (/pytorch/NAME.py), for the download links and
// the copy buttons beside the engine's code.
import type { APIRoute, GetStaticPaths } from 'astro';

const scripts = import.meta.glob<string>('../../../pytorch/*.py', { query: '?raw', import: 'default', eager: true });

export const getStaticPaths: GetStaticPaths = () =>
  Object.entries(scripts).map(([path, text]) => ({ params: { script: path.replace(/^.*\//, '').replace(/\.py$/, '') }, props: { text } }));

export const GET: APIRoute = ({ props }) =>
  new Response(props['text'] as string, { headers: { 'Content-Type': 'text/x-python; charset=utf-8' } });
