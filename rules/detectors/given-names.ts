/**
 * Common given names in the UK across its communities, lower case. A list earns its place over an
 * NLP library here: it is a few kilobytes against a library's ~130 kB, and the capitalisation and
 * context checks in person-name.ts do the rest.
 */
export const GIVEN_NAMES = new Set(
  `aaliyah aaron abdul abdullah abigail abu ada adam adrian ahmed aidan aiden aisha alan albert alex alexander alexandra alfie
  alfred ali alice alicia alison amanda amber amelia amina amir amy ana andrea andrew andy angela anita ann anna anne annie
  anthony archie arjun arlo arthur asha ashley aston austin ava ayesha barbara barry beatrice bella ben benjamin bernard beth
  bethany betty bill billy bobby bonnie brandon brian brooke bryony caitlin callum cameron carl carlos carly carol caroline
  carys casey catherine charles charlie charlotte chelsea chloe chris christine christopher ciara claire clara cody connor
  conor craig daisy dale damian dan daniel danielle danny darren david dean debbie declan deborah demi denise dennis derek
  dexter diana diane dominic donna dorothy dylan eddie edith edward eileen elaine eleanor elijah elizabeth ella ellie ellis
  elsie emily emma eric erin ethan eva evan evie ezra faith farah fatima finley finn florence frank frankie freddie freya
  gabriel gail gary gavin gemma george georgia gerald gillian gordon grace graham gurpreet hamza hannah harley harper harriet
  harrison harry harvey hassan hayley hazel heather helen henry holly hugo ian imogen isaac isabel isabella isabelle isla
  ivy jack jackson jacob jade jake james jamie jan jane janet janice jasmine jason jay jayden jean jeff jennifer jenny jeremy
  jessica jessie jim jimmy joan joanne jodie joe joel john jonathan jordan joseph josh joshua joy joyce jude judith julia
  julie justin kai kaitlyn karen karim kate katie kayla keira keith kelly ken kenneth kerry kevin khadija kieran kim kirsty
  kyle lacey laila lara laura lauren layla leah lee leo leon lewis liam lily lisa logan lola louie louis louise lucas lucy
  luke lydia lynn maddison maisie malcolm mandy marcus margaret maria marie mark martha martin mary mason matilda matthew
  maureen max maya megan melissa mia michael michelle mike millie milly mohammed mohammad molly muhammad nadia naomi natalie
  nathan neil niamh nicholas nicola nicole noah norman olivia ollie omar oscar owen paige pamela patricia patrick paul paula
  pauline peter philip phoebe poppy priya rachel rajesh rebecca reece reggie rhys richard riley rita rob robert robyn rohan
  ronald ronnie rose rosie ross ruby ryan sadie sally samantha samuel sandra sara sarah scarlett sean shannon sharon shaun
  sheila shirley sian simon sofia sophia sophie stacey stanley stephanie stephen steve steven stuart susan suzanne sylvia
  tanya teddy terry theo theodore thomas tia tiffany tina toby tom tommy tony tracey tyler valerie vanessa vera victoria
  vincent violet wendy william willow yasmin yusuf zac zach zain zak zara zoe amira aria arya ayaan bilal blessing chidi chioma comfort daniela dawid emeka femi fiona gareth hana harriet ibrahim idris imran jakub jamal kacper kofi kwame leila lena mariam maryam mateo milan miriam musa nia noor oliwia precious rafael reuben rukhsana sami sana segun tobi tomasz wiktoria xavier yara zainab zofia`.split(/\s+/),
);
