import { useEffect, useRef } from 'react';
import { beatTimeline } from '../../../../shared/blocking';
import { getBeatsOfScene } from '../../store/selectors';
import { useSelectionStore } from '../../store/selectionStore';
import { playbackClock, resetPlaybackClock } from '../playbackClock';
import { setPlaying, setTempo, useStageStore } from '../stageStore';
import { NumericInput } from './NumericInput';
import { StageIcon } from './StageIcon';

const clock = (sec: number) => `${Math.floor(sec / 60)}:${String(Math.floor(sec % 60)).padStart(2, '0')}`;

/** Play the scene's beats as one movement at a tempo (counts per minute); the beat strip follows. */
export function PlaybackControls({ sceneId }: { readonly sceneId: string }) {
  const playing = useStageStore((s) => s.playing);
  const tempo = useStageStore((s) => s.tempoBpm);
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
      <NumericInput label="Tempo in counts per minute" value={tempo} decimals={0} min={10} max={240} step={5} unit="cpm" onCommit={setTempo} title="Tempo: counts per minute" />
      <span className="stage-playback__time" ref={timeRef} aria-live="off" />
    </div>
  );
}
