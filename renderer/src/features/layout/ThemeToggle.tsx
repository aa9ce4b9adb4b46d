import { IconButton } from '../../components/IconButton';
import { useTheme, type ThemeChoice } from '../../hooks/useTheme';

const NEXT_LABEL: Record<ThemeChoice, string> = {
  system: 'Theme: follows system. Switch to light',
  light: 'Theme: light. Switch to dark',
  dark: 'Theme: dark. Follow system',
};

export function ThemeToggle() {
  const { choice, cycle } = useTheme();
  return <IconButton icon={choice === 'system' ? 'system' : choice === 'light' ? 'sun' : 'moon'} label={NEXT_LABEL[choice]} onClick={cycle} />;
}
