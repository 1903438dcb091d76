import { type PointerEvent, useEffect, useRef, useState } from "react";
import { Button } from "./button";

const WIDTH = 480;
const HEIGHT = 160;

interface SignaturePadProps {
  /** Names the drawing area, e.g. "Customer signature". */
  label: string;
  /** A PNG data URL of what is drawn or typed, or null when empty. */
  onChange: (dataUrl: string | null) => void;
}

function clear(canvas: HTMLCanvasElement): void {
  const context = canvas.getContext("2d");
  if (context) {
    context.fillStyle = "#fff";
    context.fillRect(0, 0, WIDTH, HEIGHT);
  }
}

/**
 * A signature drawn with a finger, pen or mouse, or typed: typing is the keyboard and screen-reader way in, and
 * draws the name on the same canvas, so both give the same kind of image.
 */
export function SignaturePad({ label, onChange }: SignaturePadProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [typed, setTyped] = useState("");

  useEffect(() => {
    if (canvasRef.current) {
      clear(canvasRef.current);
    }
  }, []);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) * WIDTH) / box.width,
      y: ((event.clientY - box.top) * HEIGHT) / box.height,
    };
  };
  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    const context = event.currentTarget.getContext("2d");
    if (!context) {
      return;
    }
    drawing.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
    const { x, y } = point(event);
    context.lineWidth = 2.5;
    context.lineCap = "round";
    context.strokeStyle = "#111827";
    context.beginPath();
    context.moveTo(x, y);
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    const context = event.currentTarget.getContext("2d");
    if (drawing.current && context) {
      const { x, y } = point(event);
      context.lineTo(x, y);
      context.stroke();
    }
  };
  const end = (event: PointerEvent<HTMLCanvasElement>) => {
    if (drawing.current) {
      drawing.current = false;
      onChange(event.currentTarget.toDataURL("image/png"));
    }
  };
  const type = (name: string) => {
    setTyped(name);
    const canvas = canvasRef.current;
    const context = canvas?.getContext("2d");
    if (!canvas || !context) {
      return;
    }
    clear(canvas);
    context.fillStyle = "#111827";
    context.font = "italic 40px 'Brush Script MT', 'Segoe Script', cursive";
    context.fillText(name, 24, HEIGHT / 2 + 14, WIDTH - 48);
    onChange(name.trim() ? canvas.toDataURL("image/png") : null);
  };

  return (
    <div className="signature-pad">
      <canvas
        ref={canvasRef}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={`${label}: drawing area`}
        style={{
          display: "block",
          width: "100%",
          maxWidth: WIDTH,
          marginBottom: "var(--space-2)",
          touchAction: "none",
          border: "1px solid #98a2b3",
          borderRadius: 6,
        }}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerLeave={end}
      />
      <label className="field__label">
        Or type the name to sign with
        <input className="input" value={typed} onChange={(event) => type(event.target.value)} autoComplete="name" />
      </label>
      <Button
        size="small"
        onClick={() => {
          if (canvasRef.current) {
            clear(canvasRef.current);
          }
          setTyped("");
          onChange(null);
        }}
      >
        Clear
      </Button>
    </div>
  );
}
