"""One module per page of the Streamlit app; layout only."""
