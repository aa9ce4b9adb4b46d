import { SigningCertificateDialog } from './SigningCertificateDialog';
import { useSheetDrop } from './useSheetDrop';
import { VerifySheetDialog } from './VerifySheetDialog';

/** The signing dialogs (File ▸ Verify a sheet…, File ▸ Signing certificate…) and PDF drops on the window. */
export function SigningHost() {
  useSheetDrop();
  return (
    <>
      <VerifySheetDialog />
      <SigningCertificateDialog />
    </>
  );
}
