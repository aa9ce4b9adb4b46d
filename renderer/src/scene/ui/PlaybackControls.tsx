import { useEffect, useRef } from 'react';
import { useReadOnly } from '../../features/review/readOnly';
import { beatTimeline } from '../../../../shared/blocking';
import { SceneFields } from '../../../../shared/domain/scene';
import { schemaMessage } from '../../components/fieldParsers';
import { runCommand } from '../../store/actions';
import { getBeatsOfScene, useScene } from '../../store/selectors';
import { useSelectionStore } from '../../store/selectionStore';
import { playbackClock, resetPlaybackClock } from '../playbackClock';
import { setPlaying, useStageStore } from '../stageStore';
import { NumericInput } from './NumericInput';
import { StageIcon } from './StageIcon';

const clock = (sec: number) => `${Math.floor(sec / 60)}:${String(Math.floor(sec % 60)).padStart(2, '0')}`;

/** Play the scene's beats as one movement at the scene's tempo (counts per minute); the beat strip follows. */
export function PlaybackControls({ sceneId }: { readonly sceneId: string }) {
  const playing = useStageStore((s) => s.playing);
  const readOnly = useReadOnly();
  const tempo = useScene(sceneId)?.tempoCpm ?? 60;
  // Saved with the scene (an undoable edit), so everyone who opens the file plays it at this tempo.
  const setTempo = (tempoCpm: number) => runCommand({ type: 'scene.update', id: sceneId, patch: { tempoCpm } });
  const timeRef = useRef<HTMLSpanElement>(null);

  const start = () => {
    const beats = getBeatsOfScene(sceneId);
    if (beats.length < 2) return;
    const timeline = beatTimeline(beats, { tempoBpm: tempo });
    const index = beats.findIndex((b) => b.id === useSelectionStore.getState().beatId);
    // From the selected beat (the move into it), or from the top when on the first or last beat.
    const from = index > 0 && index < beats.length - 1 ? timeline.startsSec[index]! : 0;
    resetPlaybackClock(from);
    setPlaying(true);
  };

  // The time readout is written straight into the DOM while playing: no React render per frame.
  useEffect(() => {
    const total = beatTimeline(getBeatsOfScene(sceneId), { tempoBpm: tempo }).totalSec;
    const write = () => {
      if (timeRef.current) timeRef.current.textContent = `${clock(playing ? playbackClock.time : 0)} / ${clock(total)}`;
    };
    write();
    if (!playing) return;
    let raf = 0;
    const tick = () => {
      write();
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing, tempo, sceneId]);

  return (
    <div className="stage-playback" role="group" aria-label="Playback">
      <button type="button" className={`stage-tool${playing ? ' stage-tool--on' : ''}`} onClick={() => (playing ? setPlaying(false) : start())} aria-label={playing ? 'Pause playback' : 'Play the beats'} title={playing ? 'Pause (Space)' : 'Play the transitions between beats (Space)'}>
        <StageIcon name={playing ? 'pause' : 'play'} />
      </button>
      {/* The tempo is saved with the scene: in a review copy it shows, and cannot be changed. */}
      <fieldset className="fieldset-contents" disabled={readOnly}>
      <NumericInput
        label="Tempo in counts per minute"
        value={tempo}
        decimals={0}
        step={5}
        unit="cpm"
        check={(v) => schemaMessage(SceneFields.shape.tempoCpm, v)}
        onCommit={setTempo}
        title="Playback tempo of this scene: counts per minute (saved with the scene)"
      />
      </fieldset>
      <span className="stage-playback__time" ref={timeRef} aria-live="off" />
    </div>
  );
}
