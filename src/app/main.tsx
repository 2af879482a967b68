/**
 * The page's entry: the full app, with `embed=1` in the address the embed (src/app/embedMain.tsx), with `speaker=1`
 * the speaker view (src/app/speakerMain.tsx). Each is its own chunk graph, so an embed downloads neither the app's
 * top bar, dock and session nor anything it does not draw.
 */
import { isEmbedAddress } from '../ui/embed/embedAddress';

const search = window.location.search;
if (isEmbedAddress(search)) void import('./embedMain');
else if (new URLSearchParams(search).get('speaker') === '1') void import('./speakerMain');
else void import('./appMain');
