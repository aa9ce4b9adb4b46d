export type PreviewState =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'html'; readonly html: string; readonly caption: string; readonly paper: 'a4' | 'letter' }
  | { readonly status: 'image'; readonly src: string; readonly caption: string }
  | { readonly status: 'text'; readonly text: string }
  | { readonly status: 'error'; readonly message: string };

/**
 * What the export will hold: the packet's pages in a frame that can run nothing (`sandbox` with no
 * permissions: no script, no forms, no navigation; the page's own CSP allows no request), or the
 * picture itself.
 */
export function ExportPreview({ state }: { readonly state: PreviewState }) {
  return (
    <figure className="export__preview" aria-label="Preview" aria-busy={state.status === 'loading'}>
      {state.status === 'html' ? (
        <div className={`export__sheet export__sheet--${state.paper}`}>
          <iframe title="Preview of the rehearsal packet" sandbox="" srcDoc={state.html} />
        </div>
      ) : null}
      {state.status === 'image' ? <img src={state.src} alt="Preview of the export" /> : null}
      {state.status === 'text' ? <p className="export__preview-text">{state.text}</p> : null}
      {state.status === 'loading' || state.status === 'idle' ? <p className="export__preview-text">Making the preview… (3D stills take a few seconds)</p> : null}
      {state.status === 'error' ? (
        <p className="export__preview-text export__preview-text--error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === 'html' || state.status === 'image' ? <figcaption>{state.caption}</figcaption> : null}
    </figure>
  );
}
