package com.leadaudit.io;

import java.util.NoSuchElementException;

/** Adapts "give me the next row or null" readers to the Iterator contract every cursor must honour. */
abstract class PrefetchingCursor implements RowCursor {

    private SheetRow pending;
    private boolean exhausted;
    private boolean closed;

    /** The next row, or null when the sheet has no more rows. */
    protected abstract SheetRow fetch();

    protected abstract void release();

    /** Opens the next sheet to try, leaving the current one; false when there is none. Workbooks override it. */
    protected boolean advanceSheet() {
        return false;
    }

    @Override
    public final boolean nextSheet() {
        if (closed || !advanceSheet()) {
            return false;
        }
        pending = null;
        exhausted = false;
        return true;
    }

    @Override
    public final boolean hasNext() {
        if (pending == null && !exhausted) {
            pending = fetch();
            exhausted = pending == null;
        }
        return pending != null;
    }

    @Override
    public final SheetRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SheetRow row = pending;
        pending = null;
        return row;
    }

    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        exhausted = true;
        pending = null;
        release();
    }
}
