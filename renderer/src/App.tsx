import { useEffect } from 'react';
import { ConfirmHost } from './features/dialogs/ConfirmHost';
import { InfoDialogs } from './features/dialogs/InfoDialogs';
import { PromptHost } from './features/dialogs/PromptHost';
import { LiveRegion } from './features/feedback/LiveRegion';
import { ToastHost } from './features/feedback/ToastHost';
import { AppShell } from './features/layout/AppShell';
import { SigningHost } from './features/signing/SigningHost';
import { LoadingScreen } from './features/welcome/LoadingScreen';
import { WelcomeScreen } from './features/welcome/WelcomeScreen';
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts';
import { useMainEvents } from './hooks/useMainEvents';
import { loadDocument } from './store/actions';
import { usePhase } from './store/selectors';

export function App() {
  const phase = usePhase();
  useMainEvents();
  useGlobalShortcuts(phase === 'open');
  useEffect(() => {
    void loadDocument();
  }, []);

  return (
    <>
      {phase === 'loading' ? <LoadingScreen /> : phase === 'empty' ? <WelcomeScreen /> : <AppShell />}
      <ToastHost />
      <ConfirmHost />
      <PromptHost />
      <InfoDialogs />
      <SigningHost />
      <LiveRegion />
    </>
  );
}
