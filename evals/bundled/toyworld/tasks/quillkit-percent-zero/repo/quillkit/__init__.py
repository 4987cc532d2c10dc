"""quillkit: helpers of the quillkit service."""
