import { create } from 'zustand';

/**
 * UI state only: what is open, what is being announced. Stored data is never copied here; it is
 * read from Dexie with live queries.
 */
export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
}

interface ToastSlice {
  toasts: Toast[];
  notify: (message: string, tone?: Toast['tone']) => void;
  dismiss: (id: number) => void;
}

/**
 * A file dropped on the window (the coach loop), handed to the screen that takes it
 * in: UI state in flight, consumed and cleared by that screen.
 */
export interface DroppedFile {
  fileName: string;
  text: string;
}
interface DropSlice {
  droppedFile: DroppedFile | null;
  setDroppedFile: (file: DroppedFile | null) => void;
}

let nextToastId = 1;

export const useUiStore = create<ToastSlice & DropSlice>()((set) => ({
  droppedFile: null,
  setDroppedFile: (droppedFile) => set({ droppedFile }),
  toasts: [],
  notify: (message, tone = 'info') => {
    const id = nextToastId++;
    set((state) => ({ toasts: [...state.toasts.slice(-2), { id, message, tone }] }));
    if (tone === 'info')
      setTimeout(() => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })), 5000);
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
}));
