import type { ButtonHTMLAttributes } from 'react';
import { Icon, type IconName } from './Icon';

interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  readonly icon: IconName;
  /** The accessible name; also the tooltip unless `title` is given. */
  readonly label: string;
}

export function IconButton({ icon, label, title, className, ...rest }: IconButtonProps) {
  return (
    <button type="button" aria-label={label} title={title ?? label} className={`icon-btn${className ? ` ${className}` : ''}`} {...rest}>
      <Icon name={icon} />
    </button>
  );
}
