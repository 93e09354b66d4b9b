// Bring the highlighted evidence into view inside the article text.
document.addEventListener("DOMContentLoaded", () => {
  const mark = document.getElementById("evidence");
  if (mark) mark.scrollIntoView({ block: "center" });
});
