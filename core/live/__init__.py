"""Training live beside the window, with no Qt: the training loop (`training_loop`), the messages on
the pipe between the window and its training process (`messages`), the training process itself
(`trainer_process`) and the readers of a process' memory (`memory`)."""
