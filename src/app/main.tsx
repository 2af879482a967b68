/**
 * The page's entry: the full app, or with `embed=1` in the address the embed (src/app/embedMain.tsx). Each is its
 * own chunk graph, so an embed downloads neither the app's top bar, dock and session nor anything it does not draw.
 */
import { isEmbedAddress } from '../ui/embed/embedAddress';

if (isEmbedAddress(window.location.search)) void import('./embedMain');
else void import('./appMain');
