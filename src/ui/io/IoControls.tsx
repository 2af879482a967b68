import { ExportMenu } from './ExportMenu';
import { ImportDialog } from './ImportDialog';
import { ShareButton } from './ShareButton';
import './io.css';

/** Import, export and share, side by side in the header; they wrap under each other on a phone. */
export function IoControls() {
  return (
    <div className="io-controls" role="group" aria-label="Save and share">
      <ImportDialog />
      <ExportMenu />
      <ShareButton />
    </div>
  );
}
