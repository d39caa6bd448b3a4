"""The Qt app: a window in which a one-layer network learns MNIST while you watch."""

import os

# The training thread's numpy and the GUI thread share two cores; OpenBLAS's own threads then fight
# them and slow training 2-4x (measured), so one BLAS thread, unless the user says otherwise.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
