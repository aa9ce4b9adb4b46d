/**
 * User text shown in one line (a name, a title): isolated from the text around it, so a right-to-left or
 * mixed-script name cannot reorder its neighbours; cut with an ellipsis when too long, whole in its tooltip.
 */
export function TruncatedText({ text, className }: { readonly text: string; readonly className?: string }) {
  return (
    <bdi className={`truncate${className ? ` ${className}` : ''}`} title={text}>
      {text}
    </bdi>
  );
}
